"""The workspace's database: models, migrations and the one `crud` module every write goes through.

Only this package touches the database (DESIGN.md); the web app and the commands call it.
"""
