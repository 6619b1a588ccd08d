print("resilience-bench: not yet built")
