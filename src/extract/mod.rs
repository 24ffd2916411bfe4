//! One module per record kind: find triggers, run grammar near them, build records.
