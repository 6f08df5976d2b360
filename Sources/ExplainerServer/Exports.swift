// JSONValue is the type of every request's params and every result: whoever uses the
// server uses it, so importing ExplainerServer brings it along.
@_exported import ExplainerJSON
