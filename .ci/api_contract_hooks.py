"""Schemathesis hooks of the API contract check (.ci/api-contract loads them).

Schemathesis 4.32 follows the links it infers from a list answer by picking one of the values
under a wildcard (`items[*].recommendation_id`), null included, and sends a null into the path
as the text `None` (`PUT /rounds/1/dispositions/None`) while still counting the request as
schema-valid; the server rightly answers 400 naming the parameter, and the run failed at random.
Writing the text the URL carries into the case makes schemathesis validate it again: it is then
what it is, a path id that is not a whole number, and the 400 is checked as the refusal of
invalid data it is.
"""

import os

import schemathesis


@schemathesis.hook
def before_call(context, case, kwargs):
    parameters = case.path_parameters or {}
    for name, value in list(parameters.items()):
        if value is None:
            parameters[name] = "None"
            trace = os.environ.get("API_CONTRACT_HOOK_TRACE")
            if trace:
                with open(trace, "a", encoding="utf-8") as out:
                    out.write(f"{case.operation.label} {name}\n")
