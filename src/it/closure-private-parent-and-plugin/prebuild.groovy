// Deploys the parent POM and the plugin to the private repository, from a throwaway local repository: the IT's
// own local repository must get them through the private repository (with settings.xml's credentials) or not at all.
def setup = new File(basedir, 'setup')
def scratchRepository = new File(basedir, 'target/setup-repository')
def settings = File.createTempFile('setup-settings', '.xml')
try {
    settings.text = """<settings><servers><server>
  <id>${repoId}</id><username>${repoUsername}</username><password>${repoPassword}</password>
</server></servers></settings>"""
    def mvn = new File(System.getProperty('maven.home'), 'bin/mvn').path
    for (project in ['corp-parent', 'stamp-maven-plugin']) {
        def command = [mvn, '-B', '-s', settings.path, "-Dmaven.repo.local=${scratchRepository}",
                       "-DaltDeploymentRepository=${repoId}::${repoUrl}", 'deploy']*.toString()
        def process = command.execute(null, new File(setup, project))
        def out = new StringBuilder()
        process.waitForProcessOutput(out, out)
        new File(basedir, "setup-${project}.log").text = out.toString()
        assert process.exitValue() == 0 : "deploying ${project} failed, see setup-${project}.log"
    }
} finally {
    settings.delete()
}
new File(localRepositoryPath, 'com/acme/corp').deleteDir()
return true
