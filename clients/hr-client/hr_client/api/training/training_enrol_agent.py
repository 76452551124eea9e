from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.enrolment_create import EnrolmentCreate
from ...models.enrolment_public import EnrolmentPublic
from ...models.problem import Problem
from ...types import UNSET, Unset
from typing import cast



def _get_kwargs(
    session_id: int,
    *,
    body: EnrolmentCreate,
    idempotency_key: str | Unset = UNSET,

) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(idempotency_key, Unset):
        headers["Idempotency-Key"] = idempotency_key



    

    

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/training/sessions/{session_id}/enrolments".format(session_id=quote(str(session_id), safe=""),),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> EnrolmentPublic | Problem | None:
    if response.status_code == 201:
        response_201 = EnrolmentPublic.from_dict(response.json())



        return response_201

    if response.status_code == 400:
        response_400 = Problem.from_dict(response.json())



        return response_400

    if response.status_code == 401:
        response_401 = Problem.from_dict(response.json())



        return response_401

    if response.status_code == 403:
        response_403 = Problem.from_dict(response.json())



        return response_403

    if response.status_code == 404:
        response_404 = Problem.from_dict(response.json())



        return response_404

    if response.status_code == 409:
        response_409 = Problem.from_dict(response.json())



        return response_409

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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[EnrolmentPublic | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    session_id: int,
    *,
    client: AuthenticatedClient,
    body: EnrolmentCreate,
    idempotency_key: str | Unset = UNSET,

) -> Response[EnrolmentPublic | Problem]:
    """ Enrol an agent (waitlisted when the session is full)

     **Roles:** `hr.manager` (every unit), `hr.trainer` (own units and their sub-units), `sg.admin`.

    Args:
        session_id (int):
        idempotency_key (str | Unset):
        body (EnrolmentCreate): Enrol an agent; beyond capacity the agent goes to the waitlist.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[EnrolmentPublic | Problem]
     """


    kwargs = _get_kwargs(
        session_id=session_id,
body=body,
idempotency_key=idempotency_key,

    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)

def sync(
    session_id: int,
    *,
    client: AuthenticatedClient,
    body: EnrolmentCreate,
    idempotency_key: str | Unset = UNSET,

) -> EnrolmentPublic | Problem | None:
    """ Enrol an agent (waitlisted when the session is full)

     **Roles:** `hr.manager` (every unit), `hr.trainer` (own units and their sub-units), `sg.admin`.

    Args:
        session_id (int):
        idempotency_key (str | Unset):
        body (EnrolmentCreate): Enrol an agent; beyond capacity the agent goes to the waitlist.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        EnrolmentPublic | Problem
     """


    return sync_detailed(
        session_id=session_id,
client=client,
body=body,
idempotency_key=idempotency_key,

    ).parsed

async def asyncio_detailed(
    session_id: int,
    *,
    client: AuthenticatedClient,
    body: EnrolmentCreate,
    idempotency_key: str | Unset = UNSET,

) -> Response[EnrolmentPublic | Problem]:
    """ Enrol an agent (waitlisted when the session is full)

     **Roles:** `hr.manager` (every unit), `hr.trainer` (own units and their sub-units), `sg.admin`.

    Args:
        session_id (int):
        idempotency_key (str | Unset):
        body (EnrolmentCreate): Enrol an agent; beyond capacity the agent goes to the waitlist.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[EnrolmentPublic | Problem]
     """


    kwargs = _get_kwargs(
        session_id=session_id,
body=body,
idempotency_key=idempotency_key,

    )

    response = await client.get_async_httpx_client().request(
        **kwargs
    )

    return _build_response(client=client, response=response)

async def asyncio(
    session_id: int,
    *,
    client: AuthenticatedClient,
    body: EnrolmentCreate,
    idempotency_key: str | Unset = UNSET,

) -> EnrolmentPublic | Problem | None:
    """ Enrol an agent (waitlisted when the session is full)

     **Roles:** `hr.manager` (every unit), `hr.trainer` (own units and their sub-units), `sg.admin`.

    Args:
        session_id (int):
        idempotency_key (str | Unset):
        body (EnrolmentCreate): Enrol an agent; beyond capacity the agent goes to the waitlist.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        EnrolmentPublic | Problem
     """


    return (await asyncio_detailed(
        session_id=session_id,
client=client,
body=body,
idempotency_key=idempotency_key,

    )).parsed
