"""The team workspace: `popcheck serve` (FastAPI pages and REST API over `popcheck.store`)."""
