from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.agent_public import AgentPublic
from ...models.agent_summary import AgentSummary
from ...models.problem import Problem
from typing import cast



def _get_kwargs(
    agent_id: int,

) -> dict[str, Any]:
    

    

    

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/agents/{agent_id}".format(agent_id=quote(str(agent_id), safe=""),),
    }


    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> AgentPublic | AgentSummary | Problem | None:
    if response.status_code == 200:
        def _parse_response_200(data: object) -> AgentPublic | AgentSummary:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_200_type_0 = AgentPublic.from_dict(data)



                return response_200_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            response_200_type_1 = AgentSummary.from_dict(data)



            return response_200_type_1

        response_200 = _parse_response_200(response.json())

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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[AgentPublic | AgentSummary | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    agent_id: int,
    *,
    client: AuthenticatedClient,

) -> Response[AgentPublic | AgentSummary | Problem]:
    """ Read an agent (minimal view unless HR)

     **Roles:** any authenticated caller (own units and their sub-units), `hr.manager` (every unit),
    `sg.admin`, `sg.auditor`.

    Args:
        agent_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AgentPublic | AgentSummary | Problem]
     """


    kwargs = _get_kwargs(
        agent_id=agent_id,

    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)

def sync(
    agent_id: int,
    *,
    client: AuthenticatedClient,

) -> AgentPublic | AgentSummary | Problem | None:
    """ Read an agent (minimal view unless HR)

     **Roles:** any authenticated caller (own units and their sub-units), `hr.manager` (every unit),
    `sg.admin`, `sg.auditor`.

    Args:
        agent_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AgentPublic | AgentSummary | Problem
     """


    return sync_detailed(
        agent_id=agent_id,
client=client,

    ).parsed

async def asyncio_detailed(
    agent_id: int,
    *,
    client: AuthenticatedClient,

) -> Response[AgentPublic | AgentSummary | Problem]:
    """ Read an agent (minimal view unless HR)

     **Roles:** any authenticated caller (own units and their sub-units), `hr.manager` (every unit),
    `sg.admin`, `sg.auditor`.

    Args:
        agent_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AgentPublic | AgentSummary | Problem]
     """


    kwargs = _get_kwargs(
        agent_id=agent_id,

    )

    response = await client.get_async_httpx_client().request(
        **kwargs
    )

    return _build_response(client=client, response=response)

async def asyncio(
    agent_id: int,
    *,
    client: AuthenticatedClient,

) -> AgentPublic | AgentSummary | Problem | None:
    """ Read an agent (minimal view unless HR)

     **Roles:** any authenticated caller (own units and their sub-units), `hr.manager` (every unit),
    `sg.admin`, `sg.auditor`.

    Args:
        agent_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AgentPublic | AgentSummary | Problem
     """


    return (await asyncio_detailed(
        agent_id=agent_id,
client=client,

    )).parsed
