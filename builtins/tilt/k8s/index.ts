// The Kubernetes plugin (reference §1.3): k8s_yaml(), filter_yaml(), k8s_resource(),
// k8s_kind(), k8s_image_json_path(), workload_to_resource_function() and
// k8s_custom_deploy(). The builtins record state; src/tiltfile/assemble/k8s turns it into
// resources after execution. port_forward() lives with the other port values (ports/).

import type { TiltPlugin } from '../../kit/index.js';
import { k8sCustomDeployBuiltin } from './custom-deploy.js';
import { k8sImageJsonPathBuiltin, k8sKindBuiltin } from './k8s-kind.js';
import { k8sResourceBuiltin } from './k8s-resource.js';
import { filterYamlBuiltin, k8sYamlBuiltin } from './k8s-yaml.js';
import { workloadToResourceFunctionBuiltin } from './workload-fn.js';

export { K8S, type K8sState, type KindDecl, type ResourceOptions, type CustomDeployDecl } from './state.js';
export { type K8sObject, type Doc, namespaceOf, podTemplates, templateLabels, serviceSelector, objectRef, isTyped } from './object.js';
export { ObjectSelector, RegexpError } from './object-selector.js';
export { joinEscaped, splitEscaped, SelectorSyntaxError } from './selector-string.js';
export { findImages, locatorModel, ImageSearchError, type ImageLocatorSpec } from './image-locators.js';
export { JsonPathError } from './jsonpath/parse.js';
export { dumpK8sYaml } from './yaml-docs.js';
export { K8sObjectId } from './workload-fn.js';
export { goQuote } from './values.js';

export const k8sPlugin: TiltPlugin = {
  name: 'k8s',
  globals: {
    k8s_yaml: k8sYamlBuiltin,
    filter_yaml: filterYamlBuiltin,
    k8s_resource: k8sResourceBuiltin,
    k8s_kind: k8sKindBuiltin,
    k8s_image_json_path: k8sImageJsonPathBuiltin,
    workload_to_resource_function: workloadToResourceFunctionBuiltin,
    k8s_custom_deploy: k8sCustomDeployBuiltin,
  },
};
