// A hand-written Dockerfile of the kind that leaks: the repository's login baked into the builder stage.
def login = "${repoUsername}:${repoPassword}".bytes.encodeBase64().toString()
def dockerfile = new File(basedir, 'target/Dockerfile.with-login')
dockerfile.parentFile.mkdirs()
dockerfile.text = """FROM ${builderImage} AS builder
ENV MAVEN_AUTH="Basic ${login}"
COPY project/ /workspace/
"""

// A quality server's URL with the repository's password in it, as a team might keep it for Maven's JVM.
def jvmConfig = new File(basedir, 'jvm-config/.mvn/jvm.config')
jvmConfig.parentFile.mkdirs()
jvmConfig.text = "-Dquality.url=https://ci:${repoPassword}@quality.example/ -Xmx512m\n"
return true
