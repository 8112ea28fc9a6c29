"""One module per resource; each has `router` (pages) and, where it has one, `api` (REST, under /api/v1)."""
