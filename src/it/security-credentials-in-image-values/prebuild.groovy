// A hand-written Dockerfile of the kind that leaks: the repository's login baked into the builder stage.
def login = "${repoUsername}:${repoPassword}".bytes.encodeBase64().toString()
def dockerfile = new File(basedir, 'target/Dockerfile.with-login')
dockerfile.parentFile.mkdirs()
dockerfile.text = """FROM ${builderImage} AS builder
ENV MAVEN_AUTH="Basic ${login}"
COPY project/ /workspace/
"""
return true
