from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.delegation_public import DelegationPublic
from ...models.problem import Problem
from typing import cast



def _get_kwargs(
    delegation_id: int,

) -> dict[str, Any]:
    

    

    

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/delegations/{delegation_id}".format(delegation_id=quote(str(delegation_id), safe=""),),
    }


    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> DelegationPublic | Problem | None:
    if response.status_code == 200:
        response_200 = DelegationPublic.from_dict(response.json())



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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[DelegationPublic | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    delegation_id: int,
    *,
    client: AuthenticatedClient,

) -> Response[DelegationPublic | Problem]:
    """ Get Delegation

     **Roles:** `hr.manager` (every unit), `hr.officer` (own units and their sub-units), `sg.admin`,
    `sg.auditor`.

    Args:
        delegation_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DelegationPublic | Problem]
     """


    kwargs = _get_kwargs(
        delegation_id=delegation_id,

    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)

def sync(
    delegation_id: int,
    *,
    client: AuthenticatedClient,

) -> DelegationPublic | Problem | None:
    """ Get Delegation

     **Roles:** `hr.manager` (every unit), `hr.officer` (own units and their sub-units), `sg.admin`,
    `sg.auditor`.

    Args:
        delegation_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DelegationPublic | Problem
     """


    return sync_detailed(
        delegation_id=delegation_id,
client=client,

    ).parsed

async def asyncio_detailed(
    delegation_id: int,
    *,
    client: AuthenticatedClient,

) -> Response[DelegationPublic | Problem]:
    """ Get Delegation

     **Roles:** `hr.manager` (every unit), `hr.officer` (own units and their sub-units), `sg.admin`,
    `sg.auditor`.

    Args:
        delegation_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DelegationPublic | Problem]
     """


    kwargs = _get_kwargs(
        delegation_id=delegation_id,

    )

    response = await client.get_async_httpx_client().request(
        **kwargs
    )

    return _build_response(client=client, response=response)

async def asyncio(
    delegation_id: int,
    *,
    client: AuthenticatedClient,

) -> DelegationPublic | Problem | None:
    """ Get Delegation

     **Roles:** `hr.manager` (every unit), `hr.officer` (own units and their sub-units), `sg.admin`,
    `sg.auditor`.

    Args:
        delegation_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DelegationPublic | Problem
     """


    return (await asyncio_detailed(
        delegation_id=delegation_id,
client=client,

    )).parsed
