// The repository URL with the credentials written into it, as some guides tell users to do.
def pom = new File(basedir, 'pom.xml')
pom.text = pom.text.replace('URL_WITH_CREDENTIALS', repoUrl.replace('://', "://${repoUsername}:${repoPassword}@"))
return true
