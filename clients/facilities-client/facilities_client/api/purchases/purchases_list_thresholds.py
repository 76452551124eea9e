from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.problem import Problem
from ...models.purchase_kind import PurchaseKind
from ...models.threshold_public import ThresholdPublic
from ...types import UNSET, Unset
from typing import cast



def _get_kwargs(
    *,
    kind: None | PurchaseKind | Unset = UNSET,

) -> dict[str, Any]:
    

    

    params: dict[str, Any] = {}

    json_kind: None | str | Unset
    if isinstance(kind, Unset):
        json_kind = UNSET
    elif isinstance(kind, PurchaseKind):
        json_kind = kind.value
    else:
        json_kind = kind
    params["kind"] = json_kind


    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}


    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/procedure-thresholds",
        "params": params,
    }


    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Problem | list[ThresholdPublic] | None:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in (_response_200):
            response_200_item = ThresholdPublic.from_dict(response_200_item_data)



            response_200.append(response_200_item)

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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Problem | list[ThresholdPublic]]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    kind: None | PurchaseKind | Unset = UNSET,

) -> Response[Problem | list[ThresholdPublic]]:
    """ Procedure thresholds, newest first

     **Roles:** `facilities.manager` (every unit), `facilities.buyer` (every unit),
    `facilities.requester` (every unit), `facilities.social` (every unit), `sg.admin`, `sg.auditor`.

    Args:
        kind (None | PurchaseKind | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | list[ThresholdPublic]]
     """


    kwargs = _get_kwargs(
        kind=kind,

    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)

def sync(
    *,
    client: AuthenticatedClient,
    kind: None | PurchaseKind | Unset = UNSET,

) -> Problem | list[ThresholdPublic] | None:
    """ Procedure thresholds, newest first

     **Roles:** `facilities.manager` (every unit), `facilities.buyer` (every unit),
    `facilities.requester` (every unit), `facilities.social` (every unit), `sg.admin`, `sg.auditor`.

    Args:
        kind (None | PurchaseKind | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | list[ThresholdPublic]
     """


    return sync_detailed(
        client=client,
kind=kind,

    ).parsed

async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    kind: None | PurchaseKind | Unset = UNSET,

) -> Response[Problem | list[ThresholdPublic]]:
    """ Procedure thresholds, newest first

     **Roles:** `facilities.manager` (every unit), `facilities.buyer` (every unit),
    `facilities.requester` (every unit), `facilities.social` (every unit), `sg.admin`, `sg.auditor`.

    Args:
        kind (None | PurchaseKind | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | list[ThresholdPublic]]
     """


    kwargs = _get_kwargs(
        kind=kind,

    )

    response = await client.get_async_httpx_client().request(
        **kwargs
    )

    return _build_response(client=client, response=response)

async def asyncio(
    *,
    client: AuthenticatedClient,
    kind: None | PurchaseKind | Unset = UNSET,

) -> Problem | list[ThresholdPublic] | None:
    """ Procedure thresholds, newest first

     **Roles:** `facilities.manager` (every unit), `facilities.buyer` (every unit),
    `facilities.requester` (every unit), `facilities.social` (every unit), `sg.admin`, `sg.auditor`.

    Args:
        kind (None | PurchaseKind | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | list[ThresholdPublic]
     """


    return (await asyncio_detailed(
        client=client,
kind=kind,

    )).parsed
