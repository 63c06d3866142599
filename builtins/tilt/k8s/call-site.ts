// Where a Kubernetes builtin was called from, for the messages that quote it
// (k8s_resource's assembly errors, k8s_yaml's "YAML originally registered at").

export { callPosition, callStackText } from '../../kit/index.js';
