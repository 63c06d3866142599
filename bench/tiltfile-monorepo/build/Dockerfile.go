FROM golang:1.22-alpine
WORKDIR /src
COPY lib/go ./lib
