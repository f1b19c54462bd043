/** Getting a database ready: the embedded server, the application role, migrations, connection pools. */
package io.chatnation.adapter.persistence.setup;
