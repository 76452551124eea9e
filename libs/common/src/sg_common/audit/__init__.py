"""The audit trail: every write of a service, who made it and what it changed, hash-chained.

Each write transaction of a service appends, just before it commits, one ``audit_log`` row per
row it inserted, updated or deleted in the service's own tables: who (the token's subject, or
``event:<type>`` for an event consumer, ``system`` for start-up loads), by delegation of whom
(when the row records a ``by_delegation_of``), when, the request id, the resource (table and
primary key), the action and the changed fields before/after (personal or confidential columns
masked, see ``ServiceDefinition.audit_redacted``). Each row carries the hash of the previous one
(:mod:`sg_common.audit.chain`), so an edited or deleted row is found by ``sg-audit verify``.

* :mod:`sg_common.audit.context`: who is acting (HTTP request, event, start-up);
* :mod:`sg_common.audit.capture`: the changes, from the SQLAlchemy session;
* :mod:`sg_common.audit.chain`: the table, the append and the verification;
* :mod:`sg_common.audit.router`: ``GET /audit``; :mod:`sg_common.audit.cli`: ``sg-audit``.

See docs/audit.md.
"""
