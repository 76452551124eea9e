"""Who may do what in hr-svc: the one permission table (``sg_common.auth.permissions``).

For each operation (operationId, method and path in the comment), the roles that may perform it
and, per role, the units it reaches there: ``OWN_UNITS`` (the caller's units and their
descendants) or ``EVERY_UNIT``. A request's scope comes only from the roles that authorise that
operation. ``sg.admin`` (everything) and ``sg.auditor`` (reads) are stated once in sg_common.
The OpenAPI document (``x-sg-permissions``) and ``docs/auth.md`` are generated from this table.
"""

from __future__ import annotations

from hr_svc.security import HR_MANAGER, HR_OFFICER, HR_TRAINER
from sg_common.auth.permissions import ANY_AUTHENTICATED, EVERY_UNIT, OWN_UNITS, PermissionTable

PERMISSIONS = PermissionTable(
    {
        # POST /agents
        "agents-create_agent": {HR_MANAGER: EVERY_UNIT, HR_OFFICER: OWN_UNITS},
        # GET /agents
        "agents-list_agents": {ANY_AUTHENTICATED: OWN_UNITS, HR_MANAGER: EVERY_UNIT},
        # GET /agents/me
        "agents-get_my_agent_record": {ANY_AUTHENTICATED: EVERY_UNIT},
        # GET /agents/{agent_id}
        "agents-get_agent": {ANY_AUTHENTICATED: OWN_UNITS, HR_MANAGER: EVERY_UNIT},
        # PATCH /agents/{agent_id}
        "agents-update_agent": {HR_MANAGER: EVERY_UNIT, HR_OFFICER: OWN_UNITS},
        # POST /agents/{agent_id}/departure
        "agents-record_departure": {HR_MANAGER: EVERY_UNIT, HR_OFFICER: OWN_UNITS},
        # GET /agents/{agent_id}/assignments
        "agents-list_agent_assignments": {HR_MANAGER: EVERY_UNIT, HR_OFFICER: OWN_UNITS},
        # POST /agents/{agent_id}/assignments
        "agents-create_assignment": {HR_MANAGER: EVERY_UNIT, HR_OFFICER: OWN_UNITS},
        # POST /agents/{agent_id}/movements
        "agents-move_agent": {HR_MANAGER: EVERY_UNIT, HR_OFFICER: OWN_UNITS},
        # GET /agents/{agent_id}/career
        "agents-list_career_events": {HR_MANAGER: EVERY_UNIT, HR_OFFICER: OWN_UNITS},
        # GET /movements
        "agents-list_movements": {HR_MANAGER: EVERY_UNIT, HR_OFFICER: OWN_UNITS},
        # GET /assignments
        "agents-list_assignments": {HR_MANAGER: EVERY_UNIT, HR_OFFICER: OWN_UNITS},
        # POST /assignments/{assignment_id}/end
        "agents-end_assignment": {HR_MANAGER: EVERY_UNIT, HR_OFFICER: OWN_UNITS},
        # POST /posts
        "staffing-create_post": {HR_MANAGER: EVERY_UNIT, HR_OFFICER: OWN_UNITS},
        # GET /posts
        "staffing-list_posts": {HR_MANAGER: EVERY_UNIT, HR_OFFICER: OWN_UNITS},
        # GET /posts/{post_id}
        "staffing-get_post": {HR_MANAGER: EVERY_UNIT, HR_OFFICER: OWN_UNITS},
        # PATCH /posts/{post_id}
        "staffing-update_post": {HR_MANAGER: EVERY_UNIT, HR_OFFICER: OWN_UNITS},
        # GET /etpt/{unit_code}/{year}
        "staffing-get_etpt_statement": {HR_MANAGER: EVERY_UNIT, HR_OFFICER: OWN_UNITS},
        # GET /etpt/{unit_code}/{year}/ceiling
        "staffing-get_ceiling": {HR_MANAGER: EVERY_UNIT, HR_OFFICER: OWN_UNITS},
        # PUT /etpt/{unit_code}/{year}/ceiling
        "staffing-set_ceiling": {HR_MANAGER: EVERY_UNIT},
        # POST /etpt/reports
        "staffing-report_etpt": {HR_MANAGER: EVERY_UNIT, HR_OFFICER: OWN_UNITS},
        # GET /development/skills
        "development-list_skills": {ANY_AUTHENTICATED: EVERY_UNIT},
        # POST /development/skills
        "development-create_skill": {HR_MANAGER: EVERY_UNIT},
        # POST /development/reviews
        "development-create_review": {HR_MANAGER: EVERY_UNIT, HR_OFFICER: OWN_UNITS},
        # GET /development/reviews
        "development-list_reviews": {HR_MANAGER: EVERY_UNIT, HR_OFFICER: OWN_UNITS},
        # GET /development/reviews/{review_id}
        "development-get_review": {HR_MANAGER: EVERY_UNIT, HR_OFFICER: OWN_UNITS},
        # PATCH /development/reviews/{review_id}
        "development-update_review": {HR_MANAGER: EVERY_UNIT, HR_OFFICER: OWN_UNITS},
        # POST /development/reviews/{review_id}/signature
        "development-sign_review": {HR_MANAGER: EVERY_UNIT, HR_OFFICER: OWN_UNITS},
        # POST /training/courses
        "training-create_course": {HR_MANAGER: EVERY_UNIT, HR_TRAINER: EVERY_UNIT},
        # GET /training/courses
        "training-list_courses": {ANY_AUTHENTICATED: EVERY_UNIT},
        # GET /training/courses/{course_id}
        "training-get_course": {ANY_AUTHENTICATED: EVERY_UNIT},
        # PATCH /training/courses/{course_id}
        "training-update_course": {HR_MANAGER: EVERY_UNIT, HR_TRAINER: EVERY_UNIT},
        # POST /training/sessions
        "training-create_session": {HR_MANAGER: EVERY_UNIT, HR_TRAINER: OWN_UNITS},
        # GET /training/sessions
        "training-list_sessions": {
            HR_MANAGER: EVERY_UNIT,
            HR_OFFICER: OWN_UNITS,
            HR_TRAINER: OWN_UNITS,
        },
        # GET /training/sessions/{session_id}
        "training-get_session": {
            HR_MANAGER: EVERY_UNIT,
            HR_OFFICER: OWN_UNITS,
            HR_TRAINER: OWN_UNITS,
        },
        # POST /training/sessions/{session_id}/confirmation
        "training-confirm_session": {HR_MANAGER: EVERY_UNIT, HR_TRAINER: OWN_UNITS},
        # POST /training/sessions/{session_id}/completion
        "training-complete_session": {HR_MANAGER: EVERY_UNIT, HR_TRAINER: OWN_UNITS},
        # POST /training/sessions/{session_id}/cancellation
        "training-cancel_session": {HR_MANAGER: EVERY_UNIT, HR_TRAINER: OWN_UNITS},
        # POST /training/sessions/{session_id}/enrolments
        "training-enrol_agent": {HR_MANAGER: EVERY_UNIT, HR_TRAINER: OWN_UNITS},
        # GET /training/sessions/{session_id}/enrolments
        "training-list_enrolments": {
            HR_MANAGER: EVERY_UNIT,
            HR_OFFICER: OWN_UNITS,
            HR_TRAINER: OWN_UNITS,
        },
        # POST /training/enrolments/{enrolment_id}/cancellation
        "training-cancel_enrolment": {HR_MANAGER: EVERY_UNIT, HR_TRAINER: OWN_UNITS},
        # PUT /training/enrolments/{enrolment_id}/attendance
        "training-set_attendance": {HR_MANAGER: EVERY_UNIT, HR_TRAINER: OWN_UNITS},
        # POST /training/enrolments/{enrolment_id}/completion
        "training-complete_enrolment": {HR_MANAGER: EVERY_UNIT, HR_TRAINER: OWN_UNITS},
        # GET /training/completions
        "training-list_completions": {
            HR_MANAGER: EVERY_UNIT,
            HR_OFFICER: OWN_UNITS,
            HR_TRAINER: OWN_UNITS,
        },
        # GET /training/plans/{unit_code}/{year}
        "training-get_training_plan": {
            HR_MANAGER: EVERY_UNIT,
            HR_OFFICER: OWN_UNITS,
            HR_TRAINER: OWN_UNITS,
        },
        # PUT /training/plans/{unit_code}/{year}/lines
        "training-set_plan_line": {HR_MANAGER: EVERY_UNIT, HR_TRAINER: OWN_UNITS},
        # GET /training/compliance/{unit_code}
        "training-get_compliance": {
            HR_MANAGER: EVERY_UNIT,
            HR_OFFICER: OWN_UNITS,
            HR_TRAINER: OWN_UNITS,
        },
        # POST /information/announcements
        "information-create_announcement": {HR_MANAGER: EVERY_UNIT, HR_OFFICER: OWN_UNITS},
        # GET /information/announcements
        "information-list_announcements": {HR_MANAGER: EVERY_UNIT, HR_OFFICER: OWN_UNITS},
        # GET /information/announcements/{announcement_id}
        "information-get_announcement": {HR_MANAGER: EVERY_UNIT, HR_OFFICER: OWN_UNITS},
        # PATCH /information/announcements/{announcement_id}
        "information-update_announcement": {HR_MANAGER: EVERY_UNIT, HR_OFFICER: OWN_UNITS},
        # POST /information/announcements/{announcement_id}/publication
        "information-publish_announcement": {HR_MANAGER: EVERY_UNIT, HR_OFFICER: OWN_UNITS},
        # POST /information/announcements/{announcement_id}/withdrawal
        "information-withdraw_announcement": {HR_MANAGER: EVERY_UNIT, HR_OFFICER: OWN_UNITS},
        # GET /information/announcements/{announcement_id}/readership
        "information-get_readership": {HR_MANAGER: EVERY_UNIT, HR_OFFICER: OWN_UNITS},
        # GET /information/feed
        "information-get_my_feed": {ANY_AUTHENTICATED: EVERY_UNIT},
        # GET /information/feeds/{agent_id}
        "information-get_agent_feed": {HR_MANAGER: EVERY_UNIT, HR_OFFICER: OWN_UNITS},
        # POST /information/announcements/{announcement_id}/acknowledgement
        "information-acknowledge_announcement": {ANY_AUTHENTICATED: EVERY_UNIT},
        # POST /union-relations/unions
        "unions-create_union": {HR_MANAGER: EVERY_UNIT},
        # GET /union-relations/unions
        "unions-list_unions": {HR_MANAGER: EVERY_UNIT, HR_OFFICER: EVERY_UNIT},
        # POST /union-relations/bodies
        "unions-create_body": {HR_MANAGER: EVERY_UNIT},
        # GET /union-relations/bodies
        "unions-list_bodies": {HR_MANAGER: EVERY_UNIT, HR_OFFICER: OWN_UNITS},
        # GET /union-relations/bodies/{body_code}/composition
        "unions-get_composition": {HR_MANAGER: EVERY_UNIT, HR_OFFICER: OWN_UNITS},
        # POST /union-relations/bodies/{body_code}/designations
        "unions-designate": {HR_MANAGER: EVERY_UNIT},
        # GET /union-relations/bodies/{body_code}/designations
        "unions-list_designations": {HR_MANAGER: EVERY_UNIT, HR_OFFICER: OWN_UNITS},
        # POST /union-relations/designations/{designation_id}/withdrawal
        "unions-withdraw_designation": {HR_MANAGER: EVERY_UNIT},
        # GET /union-relations/bodies/{body_code}/representativeness
        "unions-get_representativeness": {HR_MANAGER: EVERY_UNIT, HR_OFFICER: OWN_UNITS},
        # POST /union-relations/elections
        "unions-create_election": {HR_MANAGER: EVERY_UNIT},
        # GET /union-relations/elections
        "unions-list_elections": {HR_MANAGER: EVERY_UNIT, HR_OFFICER: OWN_UNITS},
        # GET /union-relations/elections/{election_id}
        "unions-get_election": {HR_MANAGER: EVERY_UNIT, HR_OFFICER: OWN_UNITS},
        # POST /union-relations/meetings
        "unions-create_meeting": {HR_MANAGER: EVERY_UNIT, HR_OFFICER: OWN_UNITS},
        # GET /union-relations/meetings
        "unions-list_meetings": {HR_MANAGER: EVERY_UNIT, HR_OFFICER: OWN_UNITS},
        # GET /union-relations/meetings/{meeting_id}
        "unions-get_meeting": {HR_MANAGER: EVERY_UNIT, HR_OFFICER: OWN_UNITS},
        # PATCH /union-relations/meetings/{meeting_id}
        "unions-update_meeting": {HR_MANAGER: EVERY_UNIT, HR_OFFICER: OWN_UNITS},
        # POST /union-relations/meetings/{meeting_id}/opinions
        "unions-record_opinion": {HR_MANAGER: EVERY_UNIT, HR_OFFICER: OWN_UNITS},
        # POST /union-relations/time-credits/{year}/computation
        "unions-compute_time_credits": {HR_MANAGER: EVERY_UNIT},
        # GET /union-relations/time-credits/{year}
        "unions-get_time_credits": {HR_MANAGER: EVERY_UNIT, HR_OFFICER: EVERY_UNIT},
        # PUT /union-relations/unions/{union_code}/time-credits/{year}
        "unions-set_time_credit": {HR_MANAGER: EVERY_UNIT},
        # GET /union-relations/unions/{union_code}/time-credits/{year}
        "unions-get_time_credit": {HR_MANAGER: EVERY_UNIT, HR_OFFICER: EVERY_UNIT},
        # POST /union-relations/unions/{union_code}/time-credits/{year}/uses
        "unions-use_time_credit": {HR_MANAGER: EVERY_UNIT},
    }
)
