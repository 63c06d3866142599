#!/bin/sh
# Renders the manifests of an environment (stand-in for the team's jsonnet pipeline).
env=$1
cat <<YAML
# rendered for $env
apiVersion: apps/v1
kind: Deployment
metadata:
  name: gateway
  labels: {env: $env}
spec:
  selector:
    matchLabels: {app: gateway}
  template:
    metadata:
      labels: {app: gateway, env: $env}
    spec:
      containers:
      - name: gateway
        image: ${IMAGE_PREFIX}gateway:latest
        ports: [{containerPort: 8080}, {containerPort: 8443}]
---
apiVersion: v1
kind: Service
metadata:
  name: gateway
spec:
  type: LoadBalancer
  selector: {app: gateway}
  ports: [{port: 443, targetPort: 8443}]
---
---
apiVersion: policy/v1
kind: PodDisruptionBudget
metadata:
  name: gateway
spec:
  minAvailable: 1
  selector:
    matchLabels: {app: gateway}
YAML
