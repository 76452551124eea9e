from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.entry_public import EntryPublic
from ...models.problem import Problem
from typing import cast



def _get_kwargs(
    entry_id: int,

) -> dict[str, Any]:
    

    

    

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/register-entries/{entry_id}".format(entry_id=quote(str(entry_id), safe=""),),
    }


    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> EntryPublic | Problem | None:
    if response.status_code == 200:
        response_200 = EntryPublic.from_dict(response.json())



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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[EntryPublic | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    entry_id: int,
    *,
    client: AuthenticatedClient,

) -> Response[EntryPublic | Problem]:
    """ Get Register Entry

     **Roles:** `facilities.manager` (every unit), `facilities.buyer` (own units and their sub-units),
    `facilities.requester` (own units and their sub-units), `facilities.social` (own units and their
    sub-units), `sg.admin`, `sg.auditor`.

    Args:
        entry_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[EntryPublic | Problem]
     """


    kwargs = _get_kwargs(
        entry_id=entry_id,

    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)

def sync(
    entry_id: int,
    *,
    client: AuthenticatedClient,

) -> EntryPublic | Problem | None:
    """ Get Register Entry

     **Roles:** `facilities.manager` (every unit), `facilities.buyer` (own units and their sub-units),
    `facilities.requester` (own units and their sub-units), `facilities.social` (own units and their
    sub-units), `sg.admin`, `sg.auditor`.

    Args:
        entry_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        EntryPublic | Problem
     """


    return sync_detailed(
        entry_id=entry_id,
client=client,

    ).parsed

async def asyncio_detailed(
    entry_id: int,
    *,
    client: AuthenticatedClient,

) -> Response[EntryPublic | Problem]:
    """ Get Register Entry

     **Roles:** `facilities.manager` (every unit), `facilities.buyer` (own units and their sub-units),
    `facilities.requester` (own units and their sub-units), `facilities.social` (own units and their
    sub-units), `sg.admin`, `sg.auditor`.

    Args:
        entry_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[EntryPublic | Problem]
     """


    kwargs = _get_kwargs(
        entry_id=entry_id,

    )

    response = await client.get_async_httpx_client().request(
        **kwargs
    )

    return _build_response(client=client, response=response)

async def asyncio(
    entry_id: int,
    *,
    client: AuthenticatedClient,

) -> EntryPublic | Problem | None:
    """ Get Register Entry

     **Roles:** `facilities.manager` (every unit), `facilities.buyer` (own units and their sub-units),
    `facilities.requester` (own units and their sub-units), `facilities.social` (own units and their
    sub-units), `sg.admin`, `sg.auditor`.

    Args:
        entry_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        EntryPublic | Problem
     """


    return (await asyncio_detailed(
        entry_id=entry_id,
client=client,

    )).parsed
