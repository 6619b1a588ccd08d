// The Weighting module.
