from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.assessment_public import AssessmentPublic
from ...models.problem import Problem
from typing import cast



def _get_kwargs(
    assessment_id: int,

) -> dict[str, Any]:
    

    

    

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/risk-assessments/{assessment_id}".format(assessment_id=quote(str(assessment_id), safe=""),),
    }


    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> AssessmentPublic | Problem | None:
    if response.status_code == 200:
        response_200 = AssessmentPublic.from_dict(response.json())



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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[AssessmentPublic | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    assessment_id: int,
    *,
    client: AuthenticatedClient,

) -> Response[AssessmentPublic | Problem]:
    """ Get Risk Assessment

     **Roles:** `facilities.manager` (every unit), `facilities.buyer` (own units and their sub-units),
    `facilities.requester` (own units and their sub-units), `facilities.social` (own units and their
    sub-units), `sg.admin`, `sg.auditor`.

    Args:
        assessment_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AssessmentPublic | Problem]
     """


    kwargs = _get_kwargs(
        assessment_id=assessment_id,

    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)

def sync(
    assessment_id: int,
    *,
    client: AuthenticatedClient,

) -> AssessmentPublic | Problem | None:
    """ Get Risk Assessment

     **Roles:** `facilities.manager` (every unit), `facilities.buyer` (own units and their sub-units),
    `facilities.requester` (own units and their sub-units), `facilities.social` (own units and their
    sub-units), `sg.admin`, `sg.auditor`.

    Args:
        assessment_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AssessmentPublic | Problem
     """


    return sync_detailed(
        assessment_id=assessment_id,
client=client,

    ).parsed

async def asyncio_detailed(
    assessment_id: int,
    *,
    client: AuthenticatedClient,

) -> Response[AssessmentPublic | Problem]:
    """ Get Risk Assessment

     **Roles:** `facilities.manager` (every unit), `facilities.buyer` (own units and their sub-units),
    `facilities.requester` (own units and their sub-units), `facilities.social` (own units and their
    sub-units), `sg.admin`, `sg.auditor`.

    Args:
        assessment_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AssessmentPublic | Problem]
     """


    kwargs = _get_kwargs(
        assessment_id=assessment_id,

    )

    response = await client.get_async_httpx_client().request(
        **kwargs
    )

    return _build_response(client=client, response=response)

async def asyncio(
    assessment_id: int,
    *,
    client: AuthenticatedClient,

) -> AssessmentPublic | Problem | None:
    """ Get Risk Assessment

     **Roles:** `facilities.manager` (every unit), `facilities.buyer` (own units and their sub-units),
    `facilities.requester` (own units and their sub-units), `facilities.social` (own units and their
    sub-units), `sg.admin`, `sg.auditor`.

    Args:
        assessment_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AssessmentPublic | Problem
     """


    return (await asyncio_detailed(
        assessment_id=assessment_id,
client=client,

    )).parsed
