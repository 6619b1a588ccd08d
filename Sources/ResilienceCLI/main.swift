print("resilience: not yet built")
