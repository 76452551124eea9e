"""sg-suite's web console: the SG's people at work on the five services.

A server-rendered application (FastAPI, Jinja2, htmx) styled with the Système de Design de
l'État. It holds no domain data: every read and write goes to a service through its generated
client, with the signed-in person's token (``services.py``).
"""
