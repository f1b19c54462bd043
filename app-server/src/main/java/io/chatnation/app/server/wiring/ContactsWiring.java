package io.chatnation.app.server.wiring;

import io.chatnation.adapter.formats.messaging.CommonsCsvContactSheets;
import io.chatnation.adapter.formats.messaging.LibPhoneNumbers;
import io.chatnation.adapter.persistence.messaging.JdbcContactDirectory;
import io.chatnation.adapter.persistence.messaging.JdbcContactSettings;
import io.chatnation.adapter.persistence.shared.Jdbc;
import io.chatnation.adapter.persistence.shared.JdbcUnitOfWork;
import io.chatnation.domain.shared.IdGenerator;
import io.chatnation.ports.messaging.in.BlockContact;
import io.chatnation.ports.messaging.in.ChangeContactConsent;
import io.chatnation.ports.messaging.in.ConfigureContacts;
import io.chatnation.ports.messaging.in.CreateContact;
import io.chatnation.ports.messaging.in.DeleteContact;
import io.chatnation.ports.messaging.in.EraseContact;
import io.chatnation.ports.messaging.in.ExportContactData;
import io.chatnation.ports.messaging.in.ExportContacts;
import io.chatnation.ports.messaging.in.ImportContacts;
import io.chatnation.ports.messaging.in.ListContacts;
import io.chatnation.ports.messaging.in.ShowContact;
import io.chatnation.ports.messaging.in.UpdateContact;
import io.chatnation.ports.messaging.out.ContactDirectory;
import io.chatnation.ports.messaging.out.ContactSettings;
import io.chatnation.ports.messaging.out.ContactSheets;
import io.chatnation.ports.messaging.out.PhoneNumbers;
import io.chatnation.ports.messaging.usecase.BlockContactService;
import io.chatnation.ports.messaging.usecase.ChangeContactConsentService;
import io.chatnation.ports.messaging.usecase.ConfigureContactsService;
import io.chatnation.ports.messaging.out.MessageMedia;
import io.chatnation.ports.messaging.usecase.ContactWork;
import io.chatnation.ports.messaging.usecase.CreateContactService;
import io.chatnation.ports.messaging.usecase.DeleteContactService;
import io.chatnation.ports.messaging.usecase.EraseContactService;
import io.chatnation.ports.messaging.usecase.ExportContactDataService;
import io.chatnation.ports.messaging.usecase.ExportContactsService;
import io.chatnation.ports.messaging.usecase.ImportContactsService;
import io.chatnation.ports.messaging.usecase.ListContactsService;
import io.chatnation.ports.messaging.usecase.ShowContactService;
import io.chatnation.ports.messaging.usecase.UpdateContactService;
import io.chatnation.ports.shared.in.CheckAccess;
import io.chatnation.ports.shared.in.RecordAuditEntry;
import io.chatnation.ports.shared.out.ObjectStorage;
import io.chatnation.ports.shared.out.UnitOfWork;
import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;
import java.time.Clock;

/** Contacts: the PostgreSQL directory (imports through COPY), CSV sheets, libphonenumber, and their use cases. */
@Factory
public class ContactsWiring {

    @Singleton
    ContactDirectory contactDirectory(Jdbc jdbc, JdbcUnitOfWork uow) {
        return new JdbcContactDirectory(jdbc, uow);
    }

    @Singleton
    ContactSettings contactSettings(Jdbc jdbc) {
        return new JdbcContactSettings(jdbc);
    }

    @Singleton
    PhoneNumbers phoneNumbers() {
        return new LibPhoneNumbers();
    }

    @Singleton
    ContactSheets contactSheets() {
        return new CommonsCsvContactSheets();
    }

    @Singleton
    ContactWork contactWork(UnitOfWork uow, CheckAccess access, ContactDirectory directory, RecordAuditEntry audit,
                            Clock clock) {
        return new ContactWork(uow, access, directory, audit, clock);
    }

    @Singleton
    ListContacts listContacts(ContactWork work) {
        return new ListContactsService(work);
    }

    @Singleton
    ShowContact showContact(ContactWork work) {
        return new ShowContactService(work);
    }

    @Singleton
    CreateContact createContact(ContactWork work, ContactSettings settings, PhoneNumbers phones, IdGenerator ids) {
        return new CreateContactService(work, settings, phones, ids);
    }

    @Singleton
    UpdateContact updateContact(ContactWork work) {
        return new UpdateContactService(work);
    }

    @Singleton
    BlockContact blockContact(ContactWork work) {
        return new BlockContactService(work);
    }

    @Singleton
    ChangeContactConsent changeContactConsent(ContactWork work) {
        return new ChangeContactConsentService(work);
    }

    @Singleton
    DeleteContact deleteContact(ContactWork work) {
        return new DeleteContactService(work);
    }

    @Singleton
    EraseContact eraseContact(ContactWork work, MessageMedia media, ObjectStorage storage) {
        return new EraseContactService(work, media, storage);
    }

    @Singleton
    ExportContactData exportContactData(ContactWork work) {
        return new ExportContactDataService(work);
    }

    @Singleton
    ExportContacts exportContacts(ContactWork work) {
        return new ExportContactsService(work);
    }

    @Singleton
    ConfigureContacts configureContacts(ContactWork work, ContactSettings settings) {
        return new ConfigureContactsService(work, settings);
    }

    @Singleton
    ImportContacts importContacts(ContactWork work, ContactSettings settings, ContactSheets sheets, PhoneNumbers phones) {
        return new ImportContactsService(work, settings, sheets, phones);
    }
}
