// The Resilience module.
