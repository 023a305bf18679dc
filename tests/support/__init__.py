"""Tools for the tests and the end-to-end server: a real SMTP server that keeps what it receives,
the movable clock and its endpoints, the server the Playwright suite drives. They live here, not
in `backend`, so the installed package neither contains them nor needs their dependencies
(aiosmtpd comes with the `dev` extra); run them from the repository root (`python -m
tests.support.e2e_server`)."""
