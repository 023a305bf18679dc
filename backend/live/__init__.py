"""Live exercises and evaluations: rooms on the projector, anonymous answers from phones."""
