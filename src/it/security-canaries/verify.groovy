// Every secret, in every form it takes, is absent from everything the builds leave: the context tars, the
// final and builder images (docker save), their history and inspect output, and the plugin's logs.
import static io.github.offlinedocker.it.Canaries.forms
import static io.github.offlinedocker.it.Canaries.foundIn
import static io.github.offlinedocker.it.Canaries.foundInImage
import static io.github.offlinedocker.it.Canaries.foundInText
import static io.github.offlinedocker.it.ImageChecks.output
import io.github.offlinedocker.it.ItMaven

def maven = new ItMaven(repoId, repoUsername, repoPassword, localRepositoryPath as File)
def work = new File(basedir, 'target/canaries')
work.mkdirs()

// 2. The same project built with an encrypted password (settings-security.xml) and a header token, up to the
//    builder stage, which a hand-made attack would read from the daemon's cache.
def master = 'Master-Canary-1b7f'
def headerToken = 'Header-Canary-8e2a'
def encrypt = { String what, String... arguments ->
    def out = maven.run(basedir, new File(work, "encrypt-${what}.log"), arguments)
    (out =~ /\{[A-Za-z0-9+\/=]{20,}\}/)[0]
}
def encryptedMaster = encrypt('master', '--encrypt-master-password', master)
def security = new File(work, 'settings-security.xml')
security.text = "<settingsSecurity><master>${encryptedMaster}</master></settingsSecurity>"
def encryptedPassword = encrypt('password', "-Dsettings.security=${security}", '--encrypt-password', repoPassword)
assert encryptedPassword && encryptedPassword != repoPassword
def settings = new File(work, 'settings.xml')
settings.text = """<settings><servers><server>
  <id>${repoId}</id><username>${repoUsername}</username><password>${encryptedPassword}</password>
  <configuration><httpHeaders><property><name>X-Canary-Token</name><value>${headerToken}</value></property></httpHeaders></configuration>
</server></servers></settings>"""
// The context tars of the first build, its own and the dependency image's (absent when an earlier run of this
// test left that image on the engine).
def contextTars = ['offline-docker.tar', 'offline-docker-dependencies.tar'].collect { new File(basedir, "target/${it}") }
def firstContexts = contextTars.collect { new File(it.path + '.first') }
[contextTars, firstContexts].transpose().each { tar, first -> tar.renameTo(first) }
assert firstContexts[0].isFile()
def builderLog = new File(basedir, 'builder-stage.log')
maven.runWithSettings(settings, basedir, builderLog, "-Dsettings.security=${security}",
        "-Doffline-docker.builderImage=${builderImage}", "-Doffline-docker.runtimeImage=${runtimeImage}",
        '-Doffline-docker.target=builder', '-Doffline-docker.tags=offline-docker-it/security-canaries-builder:1',
        '-Doffline-docker.noCache=true', '-U', 'offline-docker:build')

def needles = [:]
needles += forms('repo-password', repoUsername, repoPassword)
needles += forms('encrypted-password', repoUsername, encryptedPassword)
needles += forms('master-password', '', master)
needles += forms('encrypted-master', '', encryptedMaster)
needles += forms('header-token', '', headerToken)
['PLANTED-SETTINGS-5d1c', 'PLANTED-NETRC-7a2e', 'PLANTED-ENV-9f3b', 'PLANTED-GIT-2c8d', 'PLANTED-MVNCONFIG-4e6a'].each {
    needles += forms(it.toLowerCase(), '', it)
}

def image = 'offline-docker-it/security-canaries:1'
def builder = 'offline-docker-it/security-canaries-builder:1'
def leaks = [:]
def check = { String where, Set found -> if (found) leaks[where] = found }
// noCache rebuilt the dependency image, so the second build wrote both tars.
contextTars.each { assert it.isFile() : it }
(firstContexts + contextTars).findAll { it.isFile() }.each { tar ->
    tar.withInputStream { check("context tar ${tar.name}", foundIn(it, needles)) }
}
[image, builder].each { leaks += foundInImage(it, needles) }
check('plugin log (build.log)', foundInText(new File(basedir, 'build.log').text, needles))
check('plugin log (builder-stage.log)', foundInText(builderLog.text, needles))
assert leaks.isEmpty() : "secrets found: ${leaks}"

// The builds were real: the image runs, and the builder stage was built with the encrypted login.
assert output(image) == 'vault sealed 42'
assert builderLog.text.contains('Successfully tagged offline-docker-it/security-canaries-builder:1')
return true
