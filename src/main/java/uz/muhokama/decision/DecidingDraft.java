package uz.muhokama.decision;

import uz.muhokama.draft.PublicDraft;
import uz.muhokama.platform.i18n.Language;
import uz.muhokama.platform.security.Caller;

/** A draft its own agency's editor decides on: its report is written; {@code reportLanguage} is the one the report was written in. */
record DecidingDraft(PublicDraft draft, Caller editor, Language reportLanguage) {}
