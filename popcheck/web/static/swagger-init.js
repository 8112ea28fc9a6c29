// Starts the vendored Swagger UI on the workspace's OpenAPI document.
window.ui = SwaggerUIBundle({ url: "/api/openapi.json", dom_id: "#swagger-ui", deepLinking: true });
