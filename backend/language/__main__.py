"""`python -m backend.language`: rebuild forms.json after a rule names a new word."""

from backend.language.forms import main

main()
