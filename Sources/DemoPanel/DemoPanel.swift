// The DemoPanel module.
