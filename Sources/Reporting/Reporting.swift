// The Reporting module.
