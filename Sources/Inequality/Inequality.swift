// The Inequality module.
