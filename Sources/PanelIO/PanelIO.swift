// The PanelIO module.
