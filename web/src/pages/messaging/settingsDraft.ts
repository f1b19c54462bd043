// The messaging settings form's state, how it becomes the PUT body, the checks made before sending it, and where
// the server's problem+json field errors belong. WhatsApp's own limits are mirrored here only where the server
// could not name the field: a menu label is checked against the button limit when the menu renders as buttons.
import type { MessagingSettings, MessagingSettingsChange } from '../../messaging';

/** WhatsApp shows up to 3 reply buttons; more options become a list of up to 10 rows. */
export const MAX_BUTTONS = 3;
export const MAX_OPTIONS = 10;
export const MAX_BUTTON_LABEL = 20;
export const MAX_ROW_LABEL = 24;
export const MAX_MENU_TITLE = 1024;
export const MAX_DEFAULT_REPLY = 4096;
export const MAX_LOCAL_WORDS = 10;

export interface OptionDraft {
  /** Stable across reordering and removal, for React's keys only. */
  key: number;
  label: string;
  keyword: string;
}

export interface SettingsDraft {
  defaultReply: string;
  menuOn: boolean;
  menuTitle: string;
  options: OptionDraft[];
  /** As typed: words separated by commas. */
  optOutWords: string;
  optInWords: string;
}

let nextKey = 1;

export function newOption(keyword = ''): OptionDraft {
  return { key: nextKey++, label: '', keyword };
}

export function draftOf(settings: MessagingSettings): SettingsDraft {
  return {
    defaultReply: settings.defaultReply ?? '',
    menuOn: settings.menu !== null,
    menuTitle: settings.menu?.title ?? '',
    options: settings.menu?.options.map((option) => ({ key: nextKey++, label: option.label, keyword: option.keyword })) ?? [],
    optOutWords: settings.optOutWords.join(', '),
    optInWords: settings.optInWords.join(', '),
  };
}

/** "acha, sitaki ," -> ["acha", "sitaki"]; a word may be a short phrase, so only commas separate. */
export function wordsOf(text: string): string[] {
  return text
    .split(/[,\n]/)
    .map((word) => word.trim())
    .filter((word) => word.length > 0);
}

export function changeOf(draft: SettingsDraft): MessagingSettingsChange {
  return {
    defaultReply: draft.defaultReply.trim() ? draft.defaultReply : null,
    menu: draft.menuOn
      ? { title: draft.menuTitle, options: draft.options.map((option) => ({ label: option.label.trim(), keyword: option.keyword })) }
      : null,
    optOutWords: wordsOf(draft.optOutWords),
    optInWords: wordsOf(draft.optInWords),
  };
}

/** WhatsApp counts characters, not UTF-16 units: an emoji is one. */
export function length(text: string): number {
  return Array.from(text).length;
}

export function labelLimit(optionCount: number): number {
  return optionCount <= MAX_BUTTONS ? MAX_BUTTON_LABEL : MAX_ROW_LABEL;
}

export const optionField = (index: number, part: 'label' | 'keyword') => `menu.options[${index}].${part}`;

/** What must be filled in before the server is asked; field key -> message. */
export function check(draft: SettingsDraft): Record<string, string | undefined> {
  const errors: Record<string, string | undefined> = {};
  if (!draft.menuOn) return errors;
  if (!draft.menuTitle.trim()) errors['menu.title'] = 'Enter the question shown above the options.';
  if (draft.options.length === 0) errors['menu.options'] = 'Add at least one option, or turn the menu off.';
  const limit = labelLimit(draft.options.length);
  draft.options.forEach((option, index) => {
    const label = option.label.trim();
    if (!label) errors[optionField(index, 'label')] = 'Enter the text the contact taps.';
    else if (length(label) > limit)
      errors[optionField(index, 'label')] =
        `Use at most ${limit} characters: WhatsApp cuts longer ${limit === MAX_BUTTON_LABEL ? 'button' : 'list'} labels.`;
    if (!option.keyword) errors[optionField(index, 'keyword')] = 'Choose what the option starts.';
  });
  return errors;
}

/**
 * The form field a problem+json field path belongs to: "optOutWords[2]" is the opt-out words field, a menu
 * option's label or keyword keeps its index.
 */
export function errorKeyOf(field: string): string {
  const words = /^(optOutWords|optInWords)(\[\d+\])?$/.exec(field);
  if (words) return words[1];
  return field;
}

export function knownFields(draft: SettingsDraft): string[] {
  return [
    'defaultReply',
    'menu.title',
    'menu.options',
    'optOutWords',
    'optInWords',
    ...draft.options.flatMap((_, index) => [optionField(index, 'label'), optionField(index, 'keyword')]),
  ];
}
