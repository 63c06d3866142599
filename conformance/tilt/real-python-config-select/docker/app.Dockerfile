FROM python:3.12-slim
ARG DEBUG=0
WORKDIR /app
COPY requirements.txt .
RUN pip install -r requirements.txt
COPY src ./src
