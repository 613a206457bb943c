// A deploy script's leftover: the repository's login in a resource, which would ship inside the jar. The tag the
// build would create already names an image: a refused build must leave it where it is.
def resources = new File(basedir, 'src/main/resources')
resources.mkdirs()
new File(resources, 'deploy.properties').text = "nexus.user=${repoUsername}\nnexus.password=${repoPassword}\n"
def tag = ['docker', 'tag', runtimeImage, 'offline-docker-it/security-credentials-in-project-files:1'].execute()
assert tag.waitFor() == 0 : tag.errorStream.text
return true
