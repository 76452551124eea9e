from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.case_public import CasePublic
from ...models.case_update import CaseUpdate
from ...models.problem import Problem
from typing import cast



def _get_kwargs(
    case_id: int,
    *,
    body: CaseUpdate,
    if_match: str,

) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    headers["If-Match"] = if_match



    

    

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/social-cases/{case_id}".format(case_id=quote(str(case_id), safe=""),),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> CasePublic | Problem | None:
    if response.status_code == 200:
        response_200 = CasePublic.from_dict(response.json())



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

    if response.status_code == 412:
        response_412 = Problem.from_dict(response.json())



        return response_412

    if response.status_code == 413:
        response_413 = Problem.from_dict(response.json())



        return response_413

    if response.status_code == 422:
        response_422 = Problem.from_dict(response.json())



        return response_422

    if response.status_code == 428:
        response_428 = Problem.from_dict(response.json())



        return response_428

    if response.status_code == 500:
        response_500 = Problem.from_dict(response.json())



        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[CasePublic | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    case_id: int,
    *,
    client: AuthenticatedClient,
    body: CaseUpdate,
    if_match: str,

) -> Response[CasePublic | Problem]:
    """ Update Social Case

     **Roles:** `facilities.social` (every unit), not `sg.admin` nor `sg.auditor` (confidential).

    Args:
        case_id (int):
        if_match (str):
        body (CaseUpdate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CasePublic | Problem]
     """


    kwargs = _get_kwargs(
        case_id=case_id,
body=body,
if_match=if_match,

    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)

def sync(
    case_id: int,
    *,
    client: AuthenticatedClient,
    body: CaseUpdate,
    if_match: str,

) -> CasePublic | Problem | None:
    """ Update Social Case

     **Roles:** `facilities.social` (every unit), not `sg.admin` nor `sg.auditor` (confidential).

    Args:
        case_id (int):
        if_match (str):
        body (CaseUpdate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CasePublic | Problem
     """


    return sync_detailed(
        case_id=case_id,
client=client,
body=body,
if_match=if_match,

    ).parsed

async def asyncio_detailed(
    case_id: int,
    *,
    client: AuthenticatedClient,
    body: CaseUpdate,
    if_match: str,

) -> Response[CasePublic | Problem]:
    """ Update Social Case

     **Roles:** `facilities.social` (every unit), not `sg.admin` nor `sg.auditor` (confidential).

    Args:
        case_id (int):
        if_match (str):
        body (CaseUpdate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CasePublic | Problem]
     """


    kwargs = _get_kwargs(
        case_id=case_id,
body=body,
if_match=if_match,

    )

    response = await client.get_async_httpx_client().request(
        **kwargs
    )

    return _build_response(client=client, response=response)

async def asyncio(
    case_id: int,
    *,
    client: AuthenticatedClient,
    body: CaseUpdate,
    if_match: str,

) -> CasePublic | Problem | None:
    """ Update Social Case

     **Roles:** `facilities.social` (every unit), not `sg.admin` nor `sg.auditor` (confidential).

    Args:
        case_id (int):
        if_match (str):
        body (CaseUpdate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CasePublic | Problem
     """


    return (await asyncio_detailed(
        case_id=case_id,
client=client,
body=body,
if_match=if_match,

    )).parsed
