from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.problem import Problem
from ...models.site_public import SitePublic
from ...models.site_update import SiteUpdate
from typing import cast



def _get_kwargs(
    site_id: int,
    *,
    body: SiteUpdate,
    if_match: str,

) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    headers["If-Match"] = if_match



    

    

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/sites/{site_id}".format(site_id=quote(str(site_id), safe=""),),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Problem | SitePublic | None:
    if response.status_code == 200:
        response_200 = SitePublic.from_dict(response.json())



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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Problem | SitePublic]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    site_id: int,
    *,
    client: AuthenticatedClient,
    body: SiteUpdate,
    if_match: str,

) -> Response[Problem | SitePublic]:
    """ Update Site

     **Roles:** `facilities.manager` (every unit), `sg.admin`.

    Args:
        site_id (int):
        if_match (str):
        body (SiteUpdate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | SitePublic]
     """


    kwargs = _get_kwargs(
        site_id=site_id,
body=body,
if_match=if_match,

    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)

def sync(
    site_id: int,
    *,
    client: AuthenticatedClient,
    body: SiteUpdate,
    if_match: str,

) -> Problem | SitePublic | None:
    """ Update Site

     **Roles:** `facilities.manager` (every unit), `sg.admin`.

    Args:
        site_id (int):
        if_match (str):
        body (SiteUpdate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | SitePublic
     """


    return sync_detailed(
        site_id=site_id,
client=client,
body=body,
if_match=if_match,

    ).parsed

async def asyncio_detailed(
    site_id: int,
    *,
    client: AuthenticatedClient,
    body: SiteUpdate,
    if_match: str,

) -> Response[Problem | SitePublic]:
    """ Update Site

     **Roles:** `facilities.manager` (every unit), `sg.admin`.

    Args:
        site_id (int):
        if_match (str):
        body (SiteUpdate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | SitePublic]
     """


    kwargs = _get_kwargs(
        site_id=site_id,
body=body,
if_match=if_match,

    )

    response = await client.get_async_httpx_client().request(
        **kwargs
    )

    return _build_response(client=client, response=response)

async def asyncio(
    site_id: int,
    *,
    client: AuthenticatedClient,
    body: SiteUpdate,
    if_match: str,

) -> Problem | SitePublic | None:
    """ Update Site

     **Roles:** `facilities.manager` (every unit), `sg.admin`.

    Args:
        site_id (int):
        if_match (str):
        body (SiteUpdate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | SitePublic
     """


    return (await asyncio_detailed(
        site_id=site_id,
client=client,
body=body,
if_match=if_match,

    )).parsed
