from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.milestone_public import MilestonePublic
from ...models.milestone_update import MilestoneUpdate
from ...models.problem import Problem
from typing import cast



def _get_kwargs(
    operation_id: int,
    milestone_id: int,
    *,
    body: MilestoneUpdate,

) -> dict[str, Any]:
    headers: dict[str, Any] = {}


    

    

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/operations/{operation_id}/milestones/{milestone_id}".format(operation_id=quote(str(operation_id), safe=""),milestone_id=quote(str(milestone_id), safe=""),),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> MilestonePublic | Problem | None:
    if response.status_code == 200:
        response_200 = MilestonePublic.from_dict(response.json())



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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[MilestonePublic | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    operation_id: int,
    milestone_id: int,
    *,
    client: AuthenticatedClient,
    body: MilestoneUpdate,

) -> Response[MilestonePublic | Problem]:
    """ Update Milestone

     Rename, move within the phase, or mark reached.

    **Roles:** `production.manager` (every unit), `production.lead` (own units and their sub-units),
    `sg.admin`.

    Args:
        operation_id (int):
        milestone_id (int):
        body (MilestoneUpdate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[MilestonePublic | Problem]
     """


    kwargs = _get_kwargs(
        operation_id=operation_id,
milestone_id=milestone_id,
body=body,

    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)

def sync(
    operation_id: int,
    milestone_id: int,
    *,
    client: AuthenticatedClient,
    body: MilestoneUpdate,

) -> MilestonePublic | Problem | None:
    """ Update Milestone

     Rename, move within the phase, or mark reached.

    **Roles:** `production.manager` (every unit), `production.lead` (own units and their sub-units),
    `sg.admin`.

    Args:
        operation_id (int):
        milestone_id (int):
        body (MilestoneUpdate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        MilestonePublic | Problem
     """


    return sync_detailed(
        operation_id=operation_id,
milestone_id=milestone_id,
client=client,
body=body,

    ).parsed

async def asyncio_detailed(
    operation_id: int,
    milestone_id: int,
    *,
    client: AuthenticatedClient,
    body: MilestoneUpdate,

) -> Response[MilestonePublic | Problem]:
    """ Update Milestone

     Rename, move within the phase, or mark reached.

    **Roles:** `production.manager` (every unit), `production.lead` (own units and their sub-units),
    `sg.admin`.

    Args:
        operation_id (int):
        milestone_id (int):
        body (MilestoneUpdate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[MilestonePublic | Problem]
     """


    kwargs = _get_kwargs(
        operation_id=operation_id,
milestone_id=milestone_id,
body=body,

    )

    response = await client.get_async_httpx_client().request(
        **kwargs
    )

    return _build_response(client=client, response=response)

async def asyncio(
    operation_id: int,
    milestone_id: int,
    *,
    client: AuthenticatedClient,
    body: MilestoneUpdate,

) -> MilestonePublic | Problem | None:
    """ Update Milestone

     Rename, move within the phase, or mark reached.

    **Roles:** `production.manager` (every unit), `production.lead` (own units and their sub-units),
    `sg.admin`.

    Args:
        operation_id (int):
        milestone_id (int):
        body (MilestoneUpdate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        MilestonePublic | Problem
     """


    return (await asyncio_detailed(
        operation_id=operation_id,
milestone_id=milestone_id,
client=client,
body=body,

    )).parsed
