from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.audit_page import AuditPage
from ...models.problem import Problem
from ...types import UNSET, Unset
from typing import cast
import datetime



def _get_kwargs(
    *,
    resource: None | str | Unset = UNSET,
    resource_id: None | str | Unset = UNSET,
    actor: None | str | Unset = UNSET,
    from_: datetime.datetime | None | Unset = UNSET,
    to: datetime.datetime | None | Unset = UNSET,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,

) -> dict[str, Any]:
    

    

    params: dict[str, Any] = {}

    json_resource: None | str | Unset
    if isinstance(resource, Unset):
        json_resource = UNSET
    else:
        json_resource = resource
    params["resource"] = json_resource

    json_resource_id: None | str | Unset
    if isinstance(resource_id, Unset):
        json_resource_id = UNSET
    else:
        json_resource_id = resource_id
    params["resource_id"] = json_resource_id

    json_actor: None | str | Unset
    if isinstance(actor, Unset):
        json_actor = UNSET
    else:
        json_actor = actor
    params["actor"] = json_actor

    json_from_: None | str | Unset
    if isinstance(from_, Unset):
        json_from_ = UNSET
    elif isinstance(from_, datetime.datetime):
        json_from_ = from_.isoformat()
    else:
        json_from_ = from_
    params["from"] = json_from_

    json_to: None | str | Unset
    if isinstance(to, Unset):
        json_to = UNSET
    elif isinstance(to, datetime.datetime):
        json_to = to.isoformat()
    else:
        json_to = to
    params["to"] = json_to

    params["limit"] = limit

    json_cursor: None | str | Unset
    if isinstance(cursor, Unset):
        json_cursor = UNSET
    else:
        json_cursor = cursor
    params["cursor"] = json_cursor


    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}


    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/audit",
        "params": params,
    }


    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> AuditPage | Problem | None:
    if response.status_code == 200:
        response_200 = AuditPage.from_dict(response.json())



        return response_200

    if response.status_code == 400:
        response_400 = Problem.from_dict(response.json())



        return response_400

    if response.status_code == 401:
        response_401 = Problem.from_dict(response.json())



        return response_401

    if response.status_code == 403:
        response_403 = Problem.from_dict(response.json())



        return response_403

    if response.status_code == 413:
        response_413 = Problem.from_dict(response.json())



        return response_413

    if response.status_code == 422:
        response_422 = Problem.from_dict(response.json())



        return response_422

    if response.status_code == 500:
        response_500 = Problem.from_dict(response.json())



        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[AuditPage | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    resource: None | str | Unset = UNSET,
    resource_id: None | str | Unset = UNSET,
    actor: None | str | Unset = UNSET,
    from_: datetime.datetime | None | Unset = UNSET,
    to: datetime.datetime | None | Unset = UNSET,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,

) -> Response[AuditPage | Problem]:
    """ The audit trail: who changed what, when (oldest first)

     **Roles:** `budget.manager` (every unit), `sg.admin`, `sg.auditor`.

    Args:
        resource (None | str | Unset): A table, e.g. `commitment`.
        resource_id (None | str | Unset): A row's key (with `resource`).
        actor (None | str | Unset): Who wrote.
        from_ (datetime.datetime | None | Unset): Written at or after.
        to (datetime.datetime | None | Unset): Written before.
        limit (int | Unset): Page size (at most 200). Default: 50.
        cursor (None | str | Unset): Opaque cursor from the previous page's next_cursor.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AuditPage | Problem]
     """


    kwargs = _get_kwargs(
        resource=resource,
resource_id=resource_id,
actor=actor,
from_=from_,
to=to,
limit=limit,
cursor=cursor,

    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)

def sync(
    *,
    client: AuthenticatedClient,
    resource: None | str | Unset = UNSET,
    resource_id: None | str | Unset = UNSET,
    actor: None | str | Unset = UNSET,
    from_: datetime.datetime | None | Unset = UNSET,
    to: datetime.datetime | None | Unset = UNSET,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,

) -> AuditPage | Problem | None:
    """ The audit trail: who changed what, when (oldest first)

     **Roles:** `budget.manager` (every unit), `sg.admin`, `sg.auditor`.

    Args:
        resource (None | str | Unset): A table, e.g. `commitment`.
        resource_id (None | str | Unset): A row's key (with `resource`).
        actor (None | str | Unset): Who wrote.
        from_ (datetime.datetime | None | Unset): Written at or after.
        to (datetime.datetime | None | Unset): Written before.
        limit (int | Unset): Page size (at most 200). Default: 50.
        cursor (None | str | Unset): Opaque cursor from the previous page's next_cursor.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AuditPage | Problem
     """


    return sync_detailed(
        client=client,
resource=resource,
resource_id=resource_id,
actor=actor,
from_=from_,
to=to,
limit=limit,
cursor=cursor,

    ).parsed

async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    resource: None | str | Unset = UNSET,
    resource_id: None | str | Unset = UNSET,
    actor: None | str | Unset = UNSET,
    from_: datetime.datetime | None | Unset = UNSET,
    to: datetime.datetime | None | Unset = UNSET,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,

) -> Response[AuditPage | Problem]:
    """ The audit trail: who changed what, when (oldest first)

     **Roles:** `budget.manager` (every unit), `sg.admin`, `sg.auditor`.

    Args:
        resource (None | str | Unset): A table, e.g. `commitment`.
        resource_id (None | str | Unset): A row's key (with `resource`).
        actor (None | str | Unset): Who wrote.
        from_ (datetime.datetime | None | Unset): Written at or after.
        to (datetime.datetime | None | Unset): Written before.
        limit (int | Unset): Page size (at most 200). Default: 50.
        cursor (None | str | Unset): Opaque cursor from the previous page's next_cursor.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AuditPage | Problem]
     """


    kwargs = _get_kwargs(
        resource=resource,
resource_id=resource_id,
actor=actor,
from_=from_,
to=to,
limit=limit,
cursor=cursor,

    )

    response = await client.get_async_httpx_client().request(
        **kwargs
    )

    return _build_response(client=client, response=response)

async def asyncio(
    *,
    client: AuthenticatedClient,
    resource: None | str | Unset = UNSET,
    resource_id: None | str | Unset = UNSET,
    actor: None | str | Unset = UNSET,
    from_: datetime.datetime | None | Unset = UNSET,
    to: datetime.datetime | None | Unset = UNSET,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,

) -> AuditPage | Problem | None:
    """ The audit trail: who changed what, when (oldest first)

     **Roles:** `budget.manager` (every unit), `sg.admin`, `sg.auditor`.

    Args:
        resource (None | str | Unset): A table, e.g. `commitment`.
        resource_id (None | str | Unset): A row's key (with `resource`).
        actor (None | str | Unset): Who wrote.
        from_ (datetime.datetime | None | Unset): Written at or after.
        to (datetime.datetime | None | Unset): Written before.
        limit (int | Unset): Page size (at most 200). Default: 50.
        cursor (None | str | Unset): Opaque cursor from the previous page's next_cursor.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AuditPage | Problem
     """


    return (await asyncio_detailed(
        client=client,
resource=resource,
resource_id=resource_id,
actor=actor,
from_=from_,
to=to,
limit=limit,
cursor=cursor,

    )).parsed
