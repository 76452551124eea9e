from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.advance_terms_public import AdvanceTermsPublic
from ...models.advance_terms_update import AdvanceTermsUpdate
from ...models.problem import Problem
from typing import cast



def _get_kwargs(
    commitment_id: int,
    *,
    body: AdvanceTermsUpdate,

) -> dict[str, Any]:
    headers: dict[str, Any] = {}


    

    

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/commitments/{commitment_id}/advance-terms".format(commitment_id=quote(str(commitment_id), safe=""),),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> AdvanceTermsPublic | Problem | None:
    if response.status_code == 200:
        response_200 = AdvanceTermsPublic.from_dict(response.json())



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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[AdvanceTermsPublic | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    commitment_id: int,
    *,
    client: AuthenticatedClient,
    body: AdvanceTermsUpdate,

) -> Response[AdvanceTermsPublic | Problem]:
    """ Allow an advance before service fait, up to a ceiling (0 withdraws it)

     **Roles:** `budget.manager` (every unit), `budget.officer` (own units and their sub-units),
    `sg.admin`.

    Args:
        commitment_id (int):
        body (AdvanceTermsUpdate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AdvanceTermsPublic | Problem]
     """


    kwargs = _get_kwargs(
        commitment_id=commitment_id,
body=body,

    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)

def sync(
    commitment_id: int,
    *,
    client: AuthenticatedClient,
    body: AdvanceTermsUpdate,

) -> AdvanceTermsPublic | Problem | None:
    """ Allow an advance before service fait, up to a ceiling (0 withdraws it)

     **Roles:** `budget.manager` (every unit), `budget.officer` (own units and their sub-units),
    `sg.admin`.

    Args:
        commitment_id (int):
        body (AdvanceTermsUpdate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AdvanceTermsPublic | Problem
     """


    return sync_detailed(
        commitment_id=commitment_id,
client=client,
body=body,

    ).parsed

async def asyncio_detailed(
    commitment_id: int,
    *,
    client: AuthenticatedClient,
    body: AdvanceTermsUpdate,

) -> Response[AdvanceTermsPublic | Problem]:
    """ Allow an advance before service fait, up to a ceiling (0 withdraws it)

     **Roles:** `budget.manager` (every unit), `budget.officer` (own units and their sub-units),
    `sg.admin`.

    Args:
        commitment_id (int):
        body (AdvanceTermsUpdate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AdvanceTermsPublic | Problem]
     """


    kwargs = _get_kwargs(
        commitment_id=commitment_id,
body=body,

    )

    response = await client.get_async_httpx_client().request(
        **kwargs
    )

    return _build_response(client=client, response=response)

async def asyncio(
    commitment_id: int,
    *,
    client: AuthenticatedClient,
    body: AdvanceTermsUpdate,

) -> AdvanceTermsPublic | Problem | None:
    """ Allow an advance before service fait, up to a ceiling (0 withdraws it)

     **Roles:** `budget.manager` (every unit), `budget.officer` (own units and their sub-units),
    `sg.admin`.

    Args:
        commitment_id (int):
        body (AdvanceTermsUpdate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AdvanceTermsPublic | Problem
     """


    return (await asyncio_detailed(
        commitment_id=commitment_id,
client=client,
body=body,

    )).parsed
