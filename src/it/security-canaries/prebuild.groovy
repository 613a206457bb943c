// Plants secrets in files a project directory often holds; none of them may reach the build context.
def plant = { String path, String text ->
    def file = new File(basedir, path)
    file.parentFile.mkdirs()
    file.text = text
}
plant('settings.xml', '<settings><servers><server><id>x</id><password>PLANTED-SETTINGS-5d1c</password></server></servers></settings>')
plant('.netrc', 'machine nexus.example.com login bot password PLANTED-NETRC-7a2e\n')
plant('.env', 'NEXUS_TOKEN=PLANTED-ENV-9f3b\n')
plant('.git/config', '[remote "origin"]\n\turl = https://bot:PLANTED-GIT-2c8d@git.example.com/vault.git\n')
plant('.mvn/maven.config', '-Dplanted.token=PLANTED-MVNCONFIG-4e6a\n')
return true
