"""Documents sent for review: what a file is, and its text in blocks that know their place."""
