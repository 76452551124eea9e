"""Who may do what in hr-svc: the one permission table (``sg_common.auth.permissions``).

For each operation (operationId, method and path in the comment), the roles that may perform it
and, per role, the units it reaches there: ``OWN_UNITS`` (the caller's units and their
descendants) or ``EVERY_UNIT``. A request's scope comes only from the roles that authorise that
operation. ``sg.admin`` (everything) and ``sg.auditor`` (reads) are stated once in sg_common.
The OpenAPI document (``x-sg-permissions``) and ``docs/auth.md`` are generated from this table.
"""

from __future__ import annotations

from hr_svc.roles import HR_MANAGER, HR_OFFICER, HR_TRAINER
from sg_common.auth.permissions import ANY_AUTHENTICATED, EVERY_UNIT, OWN_UNITS, PermissionTable

#: The DRH everywhere, HR correspondents for their units.
HR_STAFF = {HR_MANAGER: EVERY_UNIT, HR_OFFICER: OWN_UNITS}
#: The DRH only.
DRH = {HR_MANAGER: EVERY_UNIT}
#: Training office: the DRH everywhere, trainers for their units.
TRAINERS = {HR_MANAGER: EVERY_UNIT, HR_TRAINER: OWN_UNITS}
#: Any agent signed in (their own record, the catalogue, the feed).
ANYONE = {ANY_AUTHENTICATED: EVERY_UNIT}
#: Any authenticated caller, over their own units (e.g. their notifications).
OWN = {ANY_AUTHENTICATED: OWN_UNITS}
#: Training records: the DRH everywhere, correspondents and trainers their units.
TRAINING_READERS = {HR_MANAGER: EVERY_UNIT, HR_OFFICER: OWN_UNITS, HR_TRAINER: OWN_UNITS}
#: Data of no unit, for the DRH and HR correspondents.
HR_REFERENCE = {HR_MANAGER: EVERY_UNIT, HR_OFFICER: EVERY_UNIT}

PERMISSIONS = PermissionTable(
    {
        # POST /delegations
        "delegations-create_delegation": DRH,
        # GET /delegations
        "delegations-list_delegations": HR_STAFF,
        # GET /delegations/{delegation_id}
        "delegations-get_delegation": HR_STAFF,
        # POST /delegations/{delegation_id}/revocation
        "delegations-revoke_delegation": DRH,
        # POST /agents
        "agents-create_agent": HR_STAFF,
        "agents-import_agents": HR_STAFF,
        # GET /agents
        "agents-list_agents": {ANY_AUTHENTICATED: OWN_UNITS, HR_MANAGER: EVERY_UNIT},
        # GET /agents/me
        "agents-get_my_agent_record": ANYONE,
        # GET /agents/{agent_id}
        "agents-get_agent": {ANY_AUTHENTICATED: OWN_UNITS, HR_MANAGER: EVERY_UNIT},
        # PATCH /agents/{agent_id}
        "agents-update_agent": HR_STAFF,
        # POST /agents/{agent_id}/departure
        "agents-record_departure": HR_STAFF,
        # GET /agents/{agent_id}/assignments
        "agents-list_agent_assignments": HR_STAFF,
        # POST /agents/{agent_id}/assignments
        "agents-create_assignment": HR_STAFF,
        # POST /agents/{agent_id}/movements
        "agents-move_agent": HR_STAFF,
        # GET /agents/{agent_id}/career
        "agents-list_career_events": HR_STAFF,
        # GET /movements
        "agents-list_movements": HR_STAFF,
        # GET /assignments
        "agents-list_assignments": HR_STAFF,
        # POST /assignments/{assignment_id}/end
        "agents-end_assignment": HR_STAFF,
        # POST /posts
        "staffing-create_post": HR_STAFF,
        # GET /posts
        "staffing-list_posts": HR_STAFF,
        # GET /posts/{post_id}
        "staffing-get_post": HR_STAFF,
        # PATCH /posts/{post_id}
        "staffing-update_post": HR_STAFF,
        # GET /etpt/{unit_code}/{year}
        "staffing-get_etpt_statement": HR_STAFF,
        # GET /etpt/{unit_code}/{year}/ceiling
        "staffing-get_ceiling": HR_STAFF,
        # PUT /etpt/{unit_code}/{year}/ceiling
        "staffing-set_ceiling": DRH,
        # POST /etpt/reports
        "staffing-report_etpt": HR_STAFF,
        # GET /development/skills
        "development-list_skills": ANYONE,
        # POST /development/skills
        "development-create_skill": DRH,
        # POST /development/reviews
        "development-create_review": HR_STAFF,
        # GET /development/reviews
        "development-list_reviews": HR_STAFF,
        # GET /development/reviews/{review_id}
        "development-get_review": HR_STAFF,
        # PATCH /development/reviews/{review_id}
        "development-update_review": HR_STAFF,
        # POST /development/reviews/{review_id}/signature
        "development-sign_review": HR_STAFF,
        # POST /training/courses
        "training-create_course": {HR_MANAGER: EVERY_UNIT, HR_TRAINER: EVERY_UNIT},
        # GET /training/courses
        "training-list_courses": ANYONE,
        # GET /training/courses/{course_id}
        "training-get_course": ANYONE,
        # PATCH /training/courses/{course_id}
        "training-update_course": {HR_MANAGER: EVERY_UNIT, HR_TRAINER: EVERY_UNIT},
        # POST /training/sessions
        "training-create_session": TRAINERS,
        # GET /training/sessions
        "training-list_sessions": TRAINING_READERS,
        # GET /training/sessions/{session_id}
        "training-get_session": TRAINING_READERS,
        # POST /training/sessions/{session_id}/confirmation
        "training-confirm_session": TRAINERS,
        # POST /training/sessions/{session_id}/completion
        "training-complete_session": TRAINERS,
        # POST /training/sessions/{session_id}/cancellation
        "training-cancel_session": TRAINERS,
        # POST /training/sessions/{session_id}/enrolments
        "training-enrol_agent": TRAINERS,
        # GET /training/sessions/{session_id}/enrolments
        "training-list_enrolments": TRAINING_READERS,
        # POST /training/enrolments/{enrolment_id}/cancellation
        "training-cancel_enrolment": TRAINERS,
        # PUT /training/enrolments/{enrolment_id}/attendance
        "training-set_attendance": TRAINERS,
        # POST /training/enrolments/{enrolment_id}/completion
        "training-complete_enrolment": TRAINERS,
        # GET /training/completions
        "training-list_completions": TRAINING_READERS,
        # GET /training/completions/{completion_id}/certificate
        "training-training_certificate": TRAINING_READERS,
        # GET /training/plans/{unit_code}/{year}
        "training-get_training_plan": TRAINING_READERS,
        # PUT /training/plans/{unit_code}/{year}/lines
        "training-set_plan_line": TRAINERS,
        # GET /training/compliance/{unit_code}
        "training-get_compliance": TRAINING_READERS,
        # POST /information/announcements
        "information-create_announcement": HR_STAFF,
        # GET /information/announcements
        "information-list_announcements": HR_STAFF,
        # GET /information/announcements/{announcement_id}
        "information-get_announcement": HR_STAFF,
        # PATCH /information/announcements/{announcement_id}
        "information-update_announcement": HR_STAFF,
        # POST /information/announcements/{announcement_id}/publication
        "information-publish_announcement": HR_STAFF,
        # POST /information/announcements/{announcement_id}/withdrawal
        "information-withdraw_announcement": HR_STAFF,
        # GET /information/announcements/{announcement_id}/readership
        "information-get_readership": HR_STAFF,
        # GET /information/feed
        "information-get_my_feed": ANYONE,
        # GET /information/feeds/{agent_id}
        "information-get_agent_feed": HR_STAFF,
        # POST /information/announcements/{announcement_id}/acknowledgement
        "information-acknowledge_announcement": ANYONE,
        # POST /union-relations/unions
        "unions-create_union": DRH,
        # GET /union-relations/unions
        "unions-list_unions": HR_REFERENCE,
        # POST /union-relations/bodies
        "unions-create_body": DRH,
        # GET /union-relations/bodies
        "unions-list_bodies": HR_STAFF,
        # GET /union-relations/bodies/{body_code}/composition
        "unions-get_composition": HR_STAFF,
        # POST /union-relations/bodies/{body_code}/designations
        "unions-designate": DRH,
        # GET /union-relations/bodies/{body_code}/designations
        "unions-list_designations": HR_STAFF,
        # POST /union-relations/designations/{designation_id}/withdrawal
        "unions-withdraw_designation": DRH,
        # GET /union-relations/bodies/{body_code}/representativeness
        "unions-get_representativeness": HR_STAFF,
        # POST /union-relations/elections
        "unions-create_election": DRH,
        # GET /union-relations/elections
        "unions-list_elections": HR_STAFF,
        # GET /union-relations/elections/{election_id}
        "unions-get_election": HR_STAFF,
        # POST /union-relations/meetings
        "unions-create_meeting": HR_STAFF,
        # GET /union-relations/meetings
        "unions-list_meetings": HR_STAFF,
        # GET /union-relations/meetings/{meeting_id}
        "unions-get_meeting": HR_STAFF,
        # PATCH /union-relations/meetings/{meeting_id}
        "unions-update_meeting": HR_STAFF,
        # POST /union-relations/meetings/{record_id}/attachments
        "unions-attach_meeting_document": HR_STAFF,
        # GET /union-relations/meetings/{record_id}/attachments
        "unions-list_meeting_documents": HR_STAFF,
        # GET /union-relations/meetings/{record_id}/attachments/{document_id}
        "unions-download_meeting_document": HR_STAFF,
        # POST /union-relations/meetings/{meeting_id}/opinions
        "unions-record_opinion": HR_STAFF,
        # POST /union-relations/time-credits/{year}/computation
        "unions-compute_time_credits": DRH,
        # GET /union-relations/time-credits/{year}
        "unions-get_time_credits": HR_REFERENCE,
        # PUT /union-relations/unions/{union_code}/time-credits/{year}
        "unions-set_time_credit": DRH,
        # GET /union-relations/unions/{union_code}/time-credits/{year}
        "unions-get_time_credit": HR_REFERENCE,
        # POST /union-relations/unions/{union_code}/time-credits/{year}/uses
        "unions-use_time_credit": DRH,
        # GET /audit (the audit trail spans every unit: sg.auditor and sg.admin read it too)
        "audit-list_audit_entries": {HR_MANAGER: EVERY_UNIT},
        # Notifications (sg_common.notifications): anyone, each seeing what is addressed to them
        # (their roles within their units, or them by name), resolved from their token.
        # GET /notifications
        "notifications-list_notifications": OWN,
        # POST /notifications/{notification_id}/read
        "notifications-mark_read": OWN,
        # POST /notifications/subscription
        "notifications-subscribe": OWN,
        # DELETE /notifications/subscription
        "notifications-unsubscribe": OWN,
    }
)
