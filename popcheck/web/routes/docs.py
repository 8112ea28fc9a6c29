"""OpenAPI docs served from the vendored Swagger UI (no CDN; the init script is a file, for the CSP)."""
from __future__ import annotations

from fastapi import APIRouter
from fastapi.responses import HTMLResponse

router = APIRouter(include_in_schema=False)

_PAGE = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>popcheck workspace API</title>
<link rel="stylesheet" href="/static/swagger-ui.css"></head>
<body><div id="swagger-ui"></div>
<script src="/static/swagger-ui-bundle.js"></script>
<script src="/static/swagger-init.js"></script>
</body></html>"""


@router.get("/api/docs")
def api_docs() -> HTMLResponse:
    return HTMLResponse(_PAGE)
